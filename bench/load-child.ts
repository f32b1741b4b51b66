// The load generator as a process of its own, so that bench/run.ts can pin it
// to another core than the server (`taskset -c 1`). Reads an InterleavedSpec
// as JSON on stdin, writes the InterleavedResult[] as JSON on stdout.
import { runInterleaved, type InterleavedSpec } from "./load";

let input = "";
process.stdin.setEncoding("utf8");
for await (const chunk of process.stdin) input += String(chunk);
const spec = JSON.parse(input) as InterleavedSpec;
const results = await runInterleaved(spec);
process.stdout.write(JSON.stringify(results));
