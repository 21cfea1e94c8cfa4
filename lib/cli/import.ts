import { runCli } from "./run-cli";

runCli(() => import("./import-command"));
