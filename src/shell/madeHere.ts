import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

/**
 * The names this program created next to the output folder, kept in `<out>.versions.json`. Cleanup
 * deletes only what is listed here, so a user's own `data.old` or `data.v-1` is never touched. A
 * name is listed before its folder is created, so a build killed at any point leaves nothing
 * unlisted behind.
 */
export class MadeHere {
  constructor(private readonly file: string) {}

  list(): string[] {
    if (!existsSync(this.file)) return [];
    try {
      const names: unknown = JSON.parse(readFileSync(this.file, 'utf8'));
      return Array.isArray(names) ? names.filter((name): name is string => typeof name === 'string' && !name.includes('/')) : [];
    } catch {
      return [];
    }
  }

  add(name: string): void {
    this.save([...new Set([...this.list(), name])]);
  }

  remove(name: string): void {
    this.save(this.list().filter((listed) => listed !== name));
  }

  private save(names: string[]): void {
    const temporary = `${this.file}.${process.pid}`;
    writeFileSync(temporary, JSON.stringify(names.sort()) + '\n');
    renameSync(temporary, this.file);
  }
}
