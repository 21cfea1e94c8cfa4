import { runCli } from "./run-cli";

runCli(() => import("./export-command"));
