import { runCli } from "./run-cli";

runCli(() => import("./migrate-command"));
