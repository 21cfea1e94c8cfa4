import { runCli } from "./run-cli";

runCli(() => import("./start-command"));
