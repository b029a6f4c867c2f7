/**
 * Minimum-cost maximum flow on a network with non-negative integer arc costs: the primal-dual
 * method. Each phase runs Dijkstra on reduced costs (cost + π(u) − π(v) ≥ 0), raises the node
 * potentials π by the distances, then pushes a blocking flow (Dinic: BFS levels, DFS with current
 * arcs) through the arcs whose reduced cost is now zero. Every path pushed in a phase is therefore a
 * shortest augmenting path, so the flow after the last phase is a maximum flow of least cost
 * (successive shortest paths, with many paths per shortest-path computation).
 *
 * Invariants: reduced costs of residual arcs stay ≥ 0 between phases; costs must be integers so
 * "reduced cost is zero" is exact (sums of integers below 2^53 are exact in doubles).
 */

export interface FlowPhase {
  /** Units of flow sent so far. */
  flow: number;
  /** Cost of the last shortest augmenting path (non-decreasing across phases). */
  pathCost: number;
}

export class FlowNetwork {
  private readonly input = {
    from: [] as number[],
    to: [] as number[],
    capacity: [] as number[],
    cost: [] as number[],
  };
  private residual: Int32Array | null = null;
  private reversePosition: Int32Array | null = null;

  constructor(readonly nodeCount: number) {}

  /** Adds an arc and returns its handle (for `flowOn`). Arcs cannot be added once solving began. */
  addArc(from: number, to: number, capacity: number, cost: number): number {
    if (this.residual) throw new Error('the network is already being solved');
    if (!Number.isInteger(cost) || cost < 0) throw new RangeError('arc cost must be a non-negative integer');
    if (!Number.isInteger(capacity) || capacity < 0) throw new RangeError('capacity must be an integer ≥ 0');
    for (const node of [from, to]) {
      if (!Number.isInteger(node) || node < 0 || node >= this.nodeCount)
        throw new RangeError(`no node ${node}`);
    }
    this.input.from.push(from);
    this.input.to.push(to);
    this.input.capacity.push(capacity);
    this.input.cost.push(cost);
    return this.input.from.length - 1;
  }

  /** Units of flow on the arc with handle `arc`, once `solve` has run. */
  flowOn(arc: number): number {
    if (!this.residual || !this.reversePosition) return 0;
    return this.residual[this.reversePosition[arc] as number] as number;
  }

  /**
   * Sends as much flow as possible from `source` to `sink` at least total cost, yielding after each
   * phase so callers can report progress or stop; returns the flow and its cost.
   */
  *solve(source: number, sink: number): Generator<FlowPhase, { flow: number; cost: number }> {
    const graph = this.compile();
    const n = this.nodeCount;
    const potential = new Float64Array(n);
    const distance = new Float64Array(n);
    const level = new Int32Array(n);
    const queue = new Int32Array(n);
    const currentArc = new Int32Array(n);
    const heap = new IndexedMinHeap(n);
    const admissible: ArcSubset = { start: new Int32Array(n + 1), arcs: new Int32Array(graph.to.length) };
    let flow = 0;
    let cost = 0;
    for (;;) {
      shortestDistances(graph, source, potential, distance, heap);
      const sinkDistance = distance[sink] as number;
      if (sinkDistance === Infinity) break;
      // Nodes the search did not settle before the sink keep reduced costs ≥ 0 with min(d, d(sink)).
      for (let v = 0; v < n; v += 1) {
        potential[v] = (potential[v] as number) + Math.min(distance[v] as number, sinkDistance);
      }
      const pathCost = (potential[sink] as number) - (potential[source] as number);
      zeroCostArcs(graph, potential, admissible);
      while (levelAdmissible(graph, admissible, source, sink, level, queue)) {
        currentArc.set(admissible.start.subarray(0, n));
        for (;;) {
          const pushed = push(graph, admissible, source, sink, Infinity, level, currentArc);
          if (pushed === 0) break;
          flow += pushed;
          cost += pushed * pathCost;
        }
      }
      yield { flow, pathCost };
    }
    return { flow, cost };
  }

  /** Lays the arcs and their reverses out by tail node (compressed rows), for fast scans. */
  private compile(): Graph {
    const { from, to, capacity, cost } = this.input;
    const n = this.nodeCount;
    const start = new Int32Array(n + 1);
    for (let k = 0; k < from.length; k += 1) {
      start[(from[k] as number) + 1] = (start[(from[k] as number) + 1] as number) + 1;
      start[(to[k] as number) + 1] = (start[(to[k] as number) + 1] as number) + 1;
    }
    for (let v = 0; v < n; v += 1) start[v + 1] = (start[v + 1] as number) + (start[v] as number);
    const size = 2 * from.length;
    const graph: Graph = {
      start,
      to: new Int32Array(size),
      residual: new Int32Array(size),
      cost: new Float64Array(size),
      mate: new Int32Array(size),
    };
    const fill = start.slice(0, n);
    const reversePosition = new Int32Array(from.length);
    for (let k = 0; k < from.length; k += 1) {
      const u = from[k] as number;
      const v = to[k] as number;
      const forward = fill[u] as number;
      fill[u] = forward + 1;
      const backward = fill[v] as number;
      fill[v] = backward + 1;
      graph.to[forward] = v;
      graph.residual[forward] = capacity[k] as number;
      graph.cost[forward] = cost[k] as number;
      graph.mate[forward] = backward;
      graph.to[backward] = u;
      graph.cost[backward] = -(cost[k] as number);
      graph.mate[backward] = forward;
      reversePosition[k] = backward;
    }
    this.residual = graph.residual;
    this.reversePosition = reversePosition;
    return graph;
  }
}

/** The residual network in compressed rows: node u's arcs are positions start[u] … start[u+1]−1. */
interface Graph {
  start: Int32Array;
  to: Int32Array;
  residual: Int32Array;
  cost: Float64Array;
  /** Position of the opposite arc. */
  mate: Int32Array;
}

/** Some arcs of a graph in compressed rows: node u's entries are arcs[start[u]] … arcs[start[u+1]−1]. */
interface ArcSubset {
  start: Int32Array;
  arcs: Int32Array;
}

function shortestDistances(
  graph: Graph,
  source: number,
  potential: Float64Array,
  distance: Float64Array,
  heap: IndexedMinHeap,
): void {
  const { start, to, residual, cost } = graph;
  distance.fill(Infinity);
  distance[source] = 0;
  heap.clear();
  heap.pushOrDecrease(source, 0);
  while (!heap.isEmpty()) {
    const u = heap.pop();
    const base = (distance[u] as number) + (potential[u] as number);
    const end = start[u + 1] as number;
    for (let arc = start[u] as number; arc < end; arc += 1) {
      if ((residual[arc] as number) <= 0) continue;
      const v = to[arc] as number;
      const candidate = base + (cost[arc] as number) - (potential[v] as number);
      if (candidate < (distance[v] as number)) {
        distance[v] = candidate;
        heap.pushOrDecrease(v, candidate);
      }
    }
  }
}

/**
 * Collects the arcs of zero reduced cost (residual or not). Potentials do not change within a
 * phase, so this set is fixed while the phase pushes flow; it is usually a small part of the
 * network, which keeps the repeated searches of a phase cheap.
 */
function zeroCostArcs(graph: Graph, potential: Float64Array, out: ArcSubset): void {
  const { start, to, cost } = graph;
  let size = 0;
  for (let u = 0; u + 1 < start.length; u += 1) {
    out.start[u] = size;
    const pu = potential[u] as number;
    const end = start[u + 1] as number;
    for (let arc = start[u] as number; arc < end; arc += 1) {
      if ((cost[arc] as number) + pu - (potential[to[arc] as number] as number) === 0) out.arcs[size++] = arc;
    }
  }
  out.start[start.length - 1] = size;
}

/** BFS levels over admissible arcs (zero reduced cost, residual); true when the sink is reached. */
function levelAdmissible(
  graph: Graph,
  admissible: ArcSubset,
  source: number,
  sink: number,
  level: Int32Array,
  queue: Int32Array,
): boolean {
  level.fill(-1);
  level[source] = 0;
  let headIndex = 0;
  let tailIndex = 0;
  queue[tailIndex++] = source;
  while (headIndex < tailIndex) {
    const u = queue[headIndex++] as number;
    const end = admissible.start[u + 1] as number;
    for (let i = admissible.start[u] as number; i < end; i += 1) {
      const arc = admissible.arcs[i] as number;
      const v = graph.to[arc] as number;
      if ((level[v] as number) >= 0 || (graph.residual[arc] as number) <= 0) continue;
      level[v] = (level[u] as number) + 1;
      queue[tailIndex++] = v;
    }
  }
  return (level[sink] as number) >= 0;
}

/** One augmenting path along increasing levels (Dinic), with current-arc pointers into `admissible`. */
function push(
  graph: Graph,
  admissible: ArcSubset,
  u: number,
  sink: number,
  limit: number,
  level: Int32Array,
  currentArc: Int32Array,
): number {
  if (u === sink) return limit;
  const end = admissible.start[u + 1] as number;
  for (let i = currentArc[u] as number; i < end; i += 1) {
    currentArc[u] = i;
    const arc = admissible.arcs[i] as number;
    const v = graph.to[arc] as number;
    const room = graph.residual[arc] as number;
    if (room <= 0 || level[v] !== (level[u] as number) + 1) continue;
    const pushed = push(graph, admissible, v, sink, Math.min(limit, room), level, currentArc);
    if (pushed > 0) {
      graph.residual[arc] = room - pushed;
      const mate = graph.mate[arc] as number;
      graph.residual[mate] = (graph.residual[mate] as number) + pushed;
      return pushed;
    }
  }
  currentArc[u] = end;
  return 0;
}

/** A binary min-heap over node ids 0…n−1 with decrease-key. */
class IndexedMinHeap {
  private readonly nodes: Int32Array;
  private readonly keys: Float64Array;
  private readonly position: Int32Array;
  private size = 0;

  constructor(capacity: number) {
    this.nodes = new Int32Array(capacity);
    this.keys = new Float64Array(capacity);
    this.position = new Int32Array(capacity).fill(-1);
  }

  clear(): void {
    for (let i = 0; i < this.size; i += 1) this.position[this.nodes[i] as number] = -1;
    this.size = 0;
  }

  isEmpty(): boolean {
    return this.size === 0;
  }

  pushOrDecrease(node: number, key: number): void {
    let i = this.position[node] as number;
    if (i === -1) {
      i = this.size;
      this.size += 1;
    }
    this.place(i, node, key);
    this.siftUp(i);
  }

  pop(): number {
    const top = this.nodes[0] as number;
    this.position[top] = -1;
    this.size -= 1;
    if (this.size > 0) {
      this.place(0, this.nodes[this.size] as number, this.keys[this.size] as number);
      this.siftDown(0);
    }
    return top;
  }

  private place(i: number, node: number, key: number): void {
    this.nodes[i] = node;
    this.keys[i] = key;
    this.position[node] = i;
  }

  private siftUp(start: number): void {
    let i = start;
    const node = this.nodes[i] as number;
    const key = this.keys[i] as number;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((this.keys[parent] as number) <= key) break;
      this.place(i, this.nodes[parent] as number, this.keys[parent] as number);
      i = parent;
    }
    this.place(i, node, key);
  }

  private siftDown(start: number): void {
    let i = start;
    const node = this.nodes[i] as number;
    const key = this.keys[i] as number;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= this.size) break;
      const right = left + 1;
      const child =
        right < this.size && (this.keys[right] as number) < (this.keys[left] as number) ? right : left;
      if ((this.keys[child] as number) >= key) break;
      this.place(i, this.nodes[child] as number, this.keys[child] as number);
      i = child;
    }
    this.place(i, node, key);
  }
}
