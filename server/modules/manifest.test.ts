import { describe, expect, it } from 'vitest';
import { inDependencyOrder, type ModuleManifest } from './manifest';
import { manifests } from '.';

const m = (name: string, dependsOn: string[] = []): ModuleManifest => ({ name, dependsOn, plugin: async () => {} });

describe('module manifests', () => {
  it('installs each module after what it depends on, otherwise in listing order', () => {
    const order = inDependencyOrder([m('topics', ['tickets']), m('org'), m('tickets', ['org'])]).map((x) => x.name);
    expect(order).toEqual(['org', 'tickets', 'topics']);
  });

  it('refuses a cycle and an unknown dependency', () => {
    expect(() => inDependencyOrder([m('a', ['b']), m('b', ['a'])])).toThrow(/cycle: a → b → a/);
    expect(() => inDependencyOrder([m('a', ['nope'])])).toThrow(/depends on nope/);
  });

  it("orders the app's modules: demo data of tickets, then topics (which takes up tickets), then dashboards (which sums them)", () => {
    const order = inDependencyOrder(manifests).map((x) => x.name);
    expect(order).toHaveLength(manifests.length);
    expect(order.indexOf('tickets')).toBeLessThan(order.indexOf('topics'));
    expect(order.indexOf('topics')).toBeLessThan(order.indexOf('dashboards'));
    expect(order[0]).toBe('org');
  });
});
