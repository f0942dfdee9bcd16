import type { SegmentComment } from '../../../../../shared/model';
import type { RendererApiClient } from '../../../api/client';

/** The open document's comments, by segment index; every change goes through the API and back. */
export class CommentsStore {
  private byIndex = new Map<number, SegmentComment[]>();
  private documentId: number | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly api: RendererApiClient) {}

  async load(documentId: number): Promise<void> {
    this.documentId = documentId;
    const list = await this.api.call('comments.list', { documentId });
    if (this.documentId !== documentId) return;
    this.byIndex = new Map();
    for (const c of list) this.put(c);
    this.notify();
  }

  of(index: number): readonly SegmentComment[] {
    return this.byIndex.get(index) ?? [];
  }

  /** Segment indexes with at least one open (unresolved) comment. */
  openIndexes(): number[] {
    return [...this.byIndex].filter(([, cs]) => cs.some((c) => !c.resolved)).map(([i]) => i);
  }

  async add(index: number, text: string): Promise<void> {
    if (this.documentId === null) return;
    this.put(await this.api.call('comments.add', { documentId: this.documentId, index, text }));
    this.notify();
  }

  async resolve(c: SegmentComment, resolved: boolean): Promise<void> {
    this.put(await this.api.call('comments.resolve', { id: c.id, resolved }));
    this.notify();
  }

  async remove(c: SegmentComment): Promise<void> {
    await this.api.call('comments.remove', { id: c.id });
    const list = this.byIndex.get(c.index)?.filter((x) => x.id !== c.id) ?? [];
    this.byIndex.set(c.index, list);
    this.notify();
  }

  /** A change stamp for views that cache what they show. */
  signature(index: number): string {
    return this.of(index)
      .map((c) => `${c.id}${c.resolved ? 'r' : ''}`)
      .join(',');
  }

  onChange(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private put(c: SegmentComment): void {
    const list = (this.byIndex.get(c.index) ?? []).filter((x) => x.id !== c.id);
    list.push(c);
    list.sort((a, b) => a.at.localeCompare(b.at) || a.id - b.id);
    this.byIndex.set(c.index, list);
  }

  private notify(): void {
    for (const l of this.listeners) l();
  }
}
