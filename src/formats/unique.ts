/**
 * Node names made unique the way the loaders report them (`relu`, `relu#2`, `relu#3`…), each
 * in constant time: trying `#2`, `#3`… from the start every time is quadratic, and a file of
 * 60,000 layers that share one name took minutes.
 */
export class UniqueNames {
  private readonly used = new Set<string>();
  /** The next suffix to try for a name already taken. */
  private readonly next = new Map<string, number>();

  /** `first`: the suffix a second copy gets (Keras's builder counts from `#1`). */
  constructor(private readonly first = 2) {}

  take(preferred: string): string {
    let unique = preferred;
    if (this.used.has(unique)) {
      let k = this.next.get(preferred) ?? this.first;
      while (this.used.has(`${preferred}#${k}`)) k++;
      this.next.set(preferred, k + 1);
      unique = `${preferred}#${k}`;
    }
    this.used.add(unique);
    return unique;
  }

  has(name: string): boolean {
    return this.used.has(name);
  }
}
