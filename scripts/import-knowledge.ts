/**
 * `npm run knowledge:import -- <gitlab-root>`: copies the handbook subtrees listed in
 * knowledge/import.manifest.json from a GitLab handbook checkout into knowledge/.
 */
import { importSubtrees, readImportManifest } from '../src/knowledge/import-subtrees.js';

const [root] = process.argv.slice(2);
if (!root) {
  process.stderr.write('Usage: npm run knowledge:import -- <gitlab-root>   (e.g. ../shared/corpus/gitlab)\n');
  process.exit(2);
}
try {
  const report = importSubtrees(root, 'knowledge', readImportManifest('knowledge/import.manifest.json'));
  process.stdout.write(`Copied ${report.copied.length}, unchanged ${report.unchanged}, removed ${report.removed.length}.\n`);
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
}
