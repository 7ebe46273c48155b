/**
 * ESLint rule `gongzhi/no-vacuous-checks`: a check over a list must fail when the list is empty.
 *
 * - `expect(list.every(fn))` passes for an empty list: use `expectEvery(list, fn)`
 *   (server/testing/expect-every.ts), which fails on an empty list and names the items that fail.
 * - A loop (`for … of`, `.forEach`) whose body asserts checks nothing when the list is empty: assert
 *   the list's length in an earlier statement (any `expect(…)` mentioning the list), or loop over a
 *   literal, non-empty array.
 *
 * Wire it into eslint.config.js for test files:
 *   import noVacuous from './scripts/eslint-rules/no-vacuous-checks.mjs';
 *   { files: ['server/**\/*.test.ts', 'server/crash/**', 'e2e/**'], plugins: { gongzhi: { rules: { 'no-vacuous-checks': noVacuous } } },
 *     rules: { 'gongzhi/no-vacuous-checks': 'error' } }
 */
const ASSERTS = new Set(['expect', 'expectEvery', 'expectAccessible']);

function isAssertCall(node) {
  if (node.type !== 'CallExpression') return false;
  let c = node.callee;
  while (c.type === 'MemberExpression') c = c.object;
  while (c.type === 'CallExpression') {
    c = c.callee;
    while (c.type === 'MemberExpression') c = c.object;
  }
  return c.type === 'Identifier' && ASSERTS.has(c.name);
}

function containsAssert(node, keys) {
  let found = false;
  const walk = (n) => {
    if (found || !n || typeof n.type !== 'string') return;
    if (isAssertCall(n)) {
      found = true;
      return;
    }
    for (const k of keys[n.type] ?? Object.keys(n)) {
      if (k === 'parent') continue;
      const v = n[k];
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v.type === 'string') walk(v);
    }
  };
  walk(node);
  return found;
}

const nonEmptyLiteral = (n) =>
  n &&
  ((n.type === 'ArrayExpression' && n.elements.length > 0) ||
    ((n.type === 'TSAsExpression' || n.type === 'TSSatisfiesExpression') && nonEmptyLiteral(n.expression)));

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Checks over a list must fail when the list is empty' },
    messages: {
      every:
        '`expect(….every(…))` passes for an empty list: use expectEvery(list, fn) from server/testing/expect-every.ts.',
      loop: 'This loop asserts inside but nothing shows `{{list}}` is non-empty: assert its length before the loop (or use expectEvery).',
    },
    schema: [],
  },
  create(context) {
    const source = context.sourceCode;
    const keys = source.visitorKeys;

    /** The list is a non-empty literal, directly or through a const. */
    function literalList(node) {
      if (nonEmptyLiteral(node)) return true;
      if (node.type !== 'Identifier') return false;
      const scope = source.getScope(node);
      for (let s = scope; s; s = s.upper) {
        const v = s.set.get(node.name);
        if (!v) continue;
        const def = v.defs[0];
        return (
          !!def &&
          def.node.type === 'VariableDeclarator' &&
          def.parent?.kind === 'const' &&
          nonEmptyLiteral(def.node.init)
        );
      }
      return false;
    }

    /** An earlier statement of an enclosing block asserts something about the list. */
    function lengthChecked(loop, listText) {
      for (let child = loop, parent = loop.parent; parent; child = parent, parent = parent.parent) {
        const body = parent.type === 'BlockStatement' || parent.type === 'Program' ? parent.body : null;
        if (!body) continue;
        for (const stmt of body) {
          if (stmt === child) break;
          if (containsAssert(stmt, keys) && source.getText(stmt).includes(listText)) return true;
        }
      }
      return false;
    }

    function checkLoop(loop, list, body) {
      if (!containsAssert(body, keys)) return;
      if (literalList(list)) return;
      // `xs.entries()`, `Object.values(xs)`: the list is xs.
      let core = list;
      if (
        core.type === 'CallExpression' &&
        core.callee.type === 'MemberExpression' &&
        ['entries', 'values', 'keys'].includes(core.callee.property.name)
      ) {
        core =
          core.callee.object.type === 'Identifier' && core.callee.object.name === 'Object'
            ? core.arguments[0]
            : core.callee.object;
      }
      const text = source.getText(core);
      if (lengthChecked(loop, text)) return;
      context.report({
        node: list,
        messageId: 'loop',
        data: { list: text.length > 60 ? `${text.slice(0, 57)}…` : text },
      });
    }

    return {
      CallExpression(node) {
        if (node.callee.type === 'Identifier' && node.callee.name === 'expect') {
          const arg = node.arguments[0];
          if (
            arg?.type === 'CallExpression' &&
            arg.callee.type === 'MemberExpression' &&
            !arg.callee.computed &&
            arg.callee.property.name === 'every'
          ) {
            context.report({ node: arg, messageId: 'every' });
          }
        }
        if (
          node.callee.type === 'MemberExpression' &&
          !node.callee.computed &&
          node.callee.property.name === 'forEach' &&
          node.arguments[0]
        ) {
          const stmt = node.parent?.type === 'ExpressionStatement' ? node.parent : node;
          checkLoop(stmt, node.callee.object, node.arguments[0]);
        }
      },
      ForOfStatement(node) {
        checkLoop(node, node.right, node.body);
      },
    };
  },
};
