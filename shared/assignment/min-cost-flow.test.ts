import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FlowNetwork } from './min-cost-flow';

interface Arc {
  from: number;
  to: number;
  capacity: number;
  cost: number;
}

/** Textbook successive shortest paths: one Bellman–Ford path per augmentation. */
function referenceMinCostFlow(nodes: number, arcs: Arc[], source: number, sink: number) {
  const to: number[] = [];
  const cap: number[] = [];
  const cost: number[] = [];
  const from: number[] = [];
  for (const arc of arcs) {
    from.push(arc.from, arc.to);
    to.push(arc.to, arc.from);
    cap.push(arc.capacity, 0);
    cost.push(arc.cost, -arc.cost);
  }
  let flow = 0;
  let total = 0;
  for (;;) {
    const distance = new Array<number>(nodes).fill(Infinity);
    const via = new Array<number>(nodes).fill(-1);
    distance[source] = 0;
    for (let round = 0; round < nodes; round += 1) {
      for (let e = 0; e < to.length; e += 1) {
        const u = from[e]!;
        if (cap[e]! > 0 && distance[u]! + cost[e]! < distance[to[e]!]!) {
          distance[to[e]!] = distance[u]! + cost[e]!;
          via[to[e]!] = e;
        }
      }
    }
    if (distance[sink] === Infinity) return { flow, cost: total };
    let push = Infinity;
    for (let v = sink; v !== source; v = from[via[v]!]!) push = Math.min(push, cap[via[v]!]!);
    for (let v = sink; v !== source; v = from[via[v]!]!) {
      cap[via[v]!]! -= push;
      cap[via[v]! ^ 1]! += push;
    }
    flow += push;
    total += push * distance[sink]!;
  }
}

describe('min-cost flow (primal-dual with blocking flows)', () => {
  it('finds the same maximum flow and least cost as plain successive shortest paths', () => {
    const graph = fc.integer({ min: 2, max: 7 }).chain((nodes) =>
      fc.record({
        nodes: fc.constant(nodes),
        arcs: fc.array(
          fc.record({
            from: fc.integer({ min: 0, max: nodes - 1 }),
            to: fc.integer({ min: 0, max: nodes - 1 }),
            capacity: fc.integer({ min: 0, max: 4 }),
            cost: fc.integer({ min: 0, max: 9 }),
          }),
          { maxLength: 18 },
        ),
      }),
    );
    fc.assert(
      fc.property(graph, ({ nodes, arcs }) => {
        const usable = arcs.filter((arc) => arc.from !== arc.to);
        const network = new FlowNetwork(nodes);
        const handles = usable.map((arc) => network.addArc(arc.from, arc.to, arc.capacity, arc.cost));
        const steps = network.solve(0, nodes - 1);
        let result = steps.next();
        let lastPathCost = -1;
        while (!result.done) {
          expect(result.value.pathCost).toBeGreaterThanOrEqual(lastPathCost);
          lastPathCost = result.value.pathCost;
          result = steps.next();
        }
        expect(result.value).toEqual(referenceMinCostFlow(nodes, usable, 0, nodes - 1));
        const costOfFlows = handles.reduce((sum, arc, i) => sum + network.flowOn(arc) * usable[i]!.cost, 0);
        expect(costOfFlows).toBe(result.value.cost);
      }),
      { numRuns: 400, seed: 7 },
    );
  });

  it('refuses negative or fractional costs', () => {
    const network = new FlowNetwork(2);
    expect(() => network.addArc(0, 1, 1, -1)).toThrow(RangeError);
    expect(() => network.addArc(0, 1, 1, 0.5)).toThrow(RangeError);
  });
});
