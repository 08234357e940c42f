/** Disjoint sets over 0..size-1 (union by size, path halving). */
export class UnionFind {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;

  constructor(size: number) {
    this.parent = new Int32Array(size);
    this.size = new Int32Array(size).fill(1);
    for (let i = 0; i < size; i++) this.parent[i] = i;
  }

  find(item: number): number {
    let x = item;
    for (;;) {
      const p = this.parent[x] ?? x;
      if (p === x) return x;
      const grand = this.parent[p] ?? p;
      this.parent[x] = grand;
      x = grand;
    }
  }

  union(a: number, b: number): void {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return;
    if ((this.size[ra] ?? 0) < (this.size[rb] ?? 0)) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.size[ra] = (this.size[ra] ?? 0) + (this.size[rb] ?? 0);
  }
}
