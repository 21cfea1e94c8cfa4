import { runCli } from "./run-cli";

runCli(() => import("./complete-lockfile-command"));
