// Read BPMN files as bpmn.io does (bpmn-moddle) and lint them with bpmnlint and the repository's .bpmnlintrc.
// Usage: node scripts/bpmn-check.mjs FILE.bpmn...  Prints one JSON object per file; exit 1 if any has a finding.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import BpmnModdle from 'bpmn-moddle';

const require = createRequire(import.meta.url);
const { Linter } = require('bpmnlint');
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver');

const config = JSON.parse(await readFile(new URL('../.bpmnlintrc', import.meta.url), 'utf8'));

let failed = false;
for (const file of process.argv.slice(2)) {
  const { rootElement, warnings } = await new BpmnModdle().fromXML(await readFile(file, 'utf8'));
  // A linter per file: some rules keep what they saw between runs (no-duplicate-sequence-flows).
  const linter = new Linter({ config, resolver: new NodeResolver() });
  const reports = await linter.lint(rootElement);
  const findings = Object.entries(reports).flatMap(([rule, items]) =>
    items.map(item => ({ rule, id: item.id, message: item.message, category: item.category })));
  const read = warnings.map(warning => warning.message);
  failed ||= read.length > 0 || findings.length > 0;
  console.log(JSON.stringify({ file, warnings: read, findings }));
}
process.exitCode = failed ? 1 : 0;
