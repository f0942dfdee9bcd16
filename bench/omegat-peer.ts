/**
 * OmegaT 3.6 (Debian `omegat`, Java 17) as a load peer for bench/load-peers.ts, driven headless as whole
 * processes on a minimal project directory (omegat.project, source/ with one tiny .txt):
 * - TMX: the `omegat` launcher in `--mode=console-translate`, with the TMX in tm/auto/. OmegaT reads every
 *   TMX of tm/ at project load and fills the source's segments from exact tm/auto matches, so the tiny
 *   source holds the LAST unit's source sentence and the run counts only if target/ shows its translation
 *   (a run that loaded nothing, or stopped early, leaves the Persian copy there).
 * - TBX: the console modes never load glossaries (only the GUI's GlossaryManager does), so a small Java
 *   program on /usr/share/omegat/OmegaT.jar does what GlossaryManager does for each .tbx of glossary/:
 *   `GlossaryReaderTBX.read(file, false)`, with the project's languages from omegat.project. It prints the
 *   number of entries read and the last one, which must be the file's last term entry.
 * The start-up baseline is the same process on the same project with tm/ and glossary/ empty: JVM, OmegaT's
 * classes and plugins, the project; the load itself is the difference.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const OMEGAT_JAR = '/usr/share/omegat/OmegaT.jar';

export interface PeerRun {
  wallMs: number;
  cpuMs: number;
  maxRssMB: number;
  stdout: string;
}

type Timed = (cmd: string, args: string[]) => PeerRun;

/** What the OmegaT run must show to count: the last TMX unit, or the last TBX entry. */
export type OmegatProbe =
  | { kind: 'tmx'; source: string; target: string }
  | { kind: 'tbx'; entries: number; source: string; target: string };

export interface OmegatPeer {
  version: string;
  /** One timed load of `file`; throws when OmegaT did not load it. */
  load: () => PeerRun;
  /** The same process on the same project with nothing to load. */
  baseline: () => PeerRun;
}

const DRIVER = `
import java.io.File;
import java.util.List;
import org.omegat.core.Core;
import org.omegat.core.data.NotLoadedProject;
import org.omegat.core.data.ProjectProperties;
import org.omegat.gui.glossary.GlossaryEntry;
import org.omegat.gui.glossary.GlossaryReaderTBX;
import org.omegat.util.ProjectFileStorage;

public class LoadGlossary {
  public static void main(String[] args) throws Exception {
    final ProjectProperties props = ProjectFileStorage.loadProjectProperties(new File(args[0]));
    // GlossaryReaderTBX picks the langSets by the current project's languages.
    Core.setProject(new NotLoadedProject() {
      @Override public ProjectProperties getProjectProperties() { return props; }
    });
    int count = 0;
    GlossaryEntry last = null;
    File[] files = new File(props.getGlossaryRoot()).listFiles();
    if (files != null) for (File f : files) {
      if (!f.getName().toLowerCase().endsWith(".tbx")) continue;
      List<GlossaryEntry> entries = GlossaryReaderTBX.read(f, false);
      count += entries.size();
      if (!entries.isEmpty()) last = entries.get(entries.size() - 1);
    }
    System.out.println("entries " + count);
    if (last != null) System.out.println("last " + last.getSrcText() + "\\t" + last.getLocText());
  }
}
`;

const PROJECT = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <source_dir_excludes/>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>fa-IR</source_lang>
    <target_lang>en</target_lang>
    <source_tok>org.omegat.tokenizer.LuceneArabicTokenizer</source_tok>
    <target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>
    <sentence_seg>false</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
`;

function which(command: string): string | undefined {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

/** A fresh project each run, so nothing one run wrote (target/, omegat/) can make the next one pass. */
function makeProject(dir: string, sourceText: string, file?: { path: string; into: string }): string {
  rmSync(dir, { recursive: true, force: true });
  for (const sub of ['source', 'target', 'tm/auto', 'glossary', 'dictionary', 'omegat'])
    mkdirSync(join(dir, sub), { recursive: true });
  writeFileSync(join(dir, 'omegat.project'), PROJECT);
  writeFileSync(join(dir, 'source', 'probe.txt'), `${sourceText}\n`);
  // A hard link: the same bytes the other loaders read, without copying 50 MB per run.
  if (file !== undefined) linkSync(file.path, join(dir, file.into));
  return dir;
}

/**
 * The OmegaT peer for one kind, or the reason it cannot run here (not installed, no JDK for the TBX
 * driver, or the driver does not compile against this OmegaT).
 */
export function omegatPeer(
  probe: OmegatProbe,
  file: string,
  workDir: string,
  timed: Timed,
): OmegatPeer | string {
  const launcher = which('omegat');
  if (launcher === undefined || !existsSync(OMEGAT_JAR))
    return 'not installed here (`command -v omegat` finds nothing; Debian package omegat): no OmegaT ratio';
  const java = which('java');
  if (java === undefined) return 'installed, but no `java` on PATH';
  const versionRun = spawnSync(java, ['-version'], { encoding: 'utf8' });
  const jar = spawnSync(java, ['-jar', OMEGAT_JAR, '--help'], { encoding: 'utf8', timeout: 60_000 });
  const version = `${jar.stdout.split('\n')[0] ?? '?'} on ${versionRun.stderr.split('\n')[0] ?? '?'}`;
  const config = join(workDir, 'omegat-config');
  const project = join(workDir, `omegat-${probe.kind}`);

  if (probe.kind === 'tmx') {
    const args = [
      project,
      '--mode=console-translate',
      `--config-dir=${config}`,
      '--disable-project-locking',
      '--no-team',
      '--quiet',
    ];
    const translated = (): string =>
      readFileSync(join(project, 'target', 'probe.txt'), 'utf8').split('\n')[0] ?? '';
    return {
      version,
      load: () => {
        makeProject(project, probe.source, { path: file, into: 'tm/auto/bench.tmx' });
        const run = timed(launcher, args);
        if (translated() !== probe.target)
          throw new Error(`tmx: OmegaT did not apply the TMX's last unit (target: ${translated()})`);
        return run;
      },
      baseline: () => {
        makeProject(project, probe.source);
        const run = timed(launcher, args);
        if (translated() !== probe.source) throw new Error(`tmx: OmegaT baseline translated ${translated()}`);
        return run;
      },
    };
  }

  if (which('javac') === undefined) return 'installed, but the TBX driver needs `javac` (a JDK)';
  const classes = join(workDir, 'omegat-driver');
  mkdirSync(classes, { recursive: true });
  writeFileSync(join(classes, 'LoadGlossary.java'), DRIVER);
  const compiled = spawnSync(
    'javac',
    ['-cp', OMEGAT_JAR, '-d', classes, join(classes, 'LoadGlossary.java')],
    { encoding: 'utf8' },
  );
  if (compiled.status !== 0)
    return `installed, but the TBX driver does not compile against it: ${compiled.stderr.trim().split('\n')[0] ?? ''}`;
  const args = ['-Djava.awt.headless=true', '-cp', `${classes}:${OMEGAT_JAR}`, 'LoadGlossary', project];
  return {
    version,
    load: () => {
      makeProject(project, probe.source, { path: file, into: 'glossary/bench.tbx' });
      const run = timed(java, args);
      const count = Number(/^entries (\d+)$/m.exec(run.stdout)?.[1]);
      const last = /^last (.*)\t(.*)$/m.exec(run.stdout);
      if (!(count >= probe.entries) || last?.[1] !== probe.source || !(last[2] ?? '').includes(probe.target))
        throw new Error(`tbx: OmegaT did not read the whole glossary: ${run.stdout.trim()}`);
      return run;
    },
    baseline: () => {
      makeProject(project, probe.source);
      const run = timed(java, args);
      if (!/^entries 0$/m.test(run.stdout)) throw new Error(`tbx: OmegaT baseline read ${run.stdout.trim()}`);
      return run;
    },
  };
}
