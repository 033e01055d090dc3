// custom-elements.json for the npm package (`npm run analyze`; part of `npm run build`), read from the
// elements' JSDoc (@summary @slot @csspart @cssprop @fires) and the elements' `static properties` (`--litelement`).
//
// Three plugins adapt the analyzer to this code base:
// - Tags are registered through the guarded `defineElement('tag', Class)` (components/shared/define.ts),
//   which the analyzer does not know; `defineElementCalls` records those calls as it records
//   `customElements.define`, so each class gets its `tagName` and each define module its definitions.
// - Events are `Event` subclasses (components/shared/events.ts) with a static `type`. The analyzer reads
//   `dispatchEvent(new DialogActionCompleteEvent(action, …))` as an event named after the first argument;
//   `eventsAndDefinitions` names such events by their class's `type`, merges them with the `@fires` entries and
//   gives every event its class as `type`, so tools know both the name and the detail. It also drops
//   the bogus definition of a tag named "tag" that the analyzer reads from `customElements.define(tag,
//   ctor)` inside defineElement(), and points global base classes (`Event`) at the platform.
// - The analyzer reads the TypeScript sources; the manifest describes the published package, so
//   `publishedPaths` rewrites every module path `components/x/y.ts` (and import-resolved
//   `/components/x/y.js`) to the JavaScript that ships, `dist/npm/components/x/y.js`.
const published = (path) => {
  const match = /^\/?((?:components|src)\/.*)\.(?:ts|js)$/.exec(path);
  return match ? `dist/npm/${match[1]}.js` : path;
};

function defineElementCalls() {
  return {
    name: 'dialog-inbox-define-element-calls',
    analyzePhase({ ts, node, moduleDoc, context }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteral(tag) || !ts.isIdentifier(klass)) return;
      const imported = context.imports?.find((i) => i.name === klass.text);
      const where = !imported
        ? { module: moduleDoc.path }
        : imported.isBareModuleSpecifier
          ? { package: imported.importPath }
          : { module: new URL(imported.importPath, `file:///${moduleDoc.path}`).pathname };
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: klass.text, ...where } },
      ];
    },
  };
}

const GLOBALS = new Set(['Event', 'CustomEvent', 'HTMLElement', 'EventTarget']);

function eventsAndDefinitions() {
  return {
    name: 'dialog-inbox-events-and-definitions',
    packageLinkPhase({ customElementsManifest }) {
      const classes = customElementsManifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.kind === 'class').map((d) => [m, d]));
      /** Event class name → event type, from `static readonly type = '…'`. */
      const typeOf = new Map();
      for (const [mod, d] of classes) {
        // A global base class resolved to the declaring module: point it at the platform instead.
        if (d.superclass && GLOBALS.has(d.superclass.name) && d.superclass.module === mod.path) d.superclass = { name: d.superclass.name, package: 'global:' };
        const type = d.members?.find((m) => m.static && m.name === 'type')?.default;
        if (type && /^['"`][\w-]+['"`]$/.test(type)) typeOf.set(d.name, type.slice(1, -1));
      }
      // The analyzer also reads `customElements.define(tag, ctor)` inside defineElement() as a tag named
      // "tag": keep only definitions of classes that exist.
      const names = new Set(classes.map(([, d]) => d.name));
      for (const mod of customElementsManifest.modules) {
        mod.exports = mod.exports?.filter((e) => e.kind !== 'custom-element-definition' || names.has(e.declaration?.name));
      }
      const classOf = new Map([...typeOf].map(([klass, type]) => [type, klass]));
      for (const [, d] of classes) {
        if (!d.customElement || !d.events) continue;
        const merged = new Map();
        for (const event of d.events) {
          const name = typeOf.get(event.type?.text) ?? event.name;
          const klass = classOf.get(name);
          const entry = merged.get(name) ?? { name };
          if (event.description) entry.description ??= event.description;
          if (klass) entry.type = { text: klass };
          else if (event.type && !entry.type) entry.type = event.type;
          merged.set(name, entry);
        }
        d.events = [...merged.values()].map(({ description, name, type }) => ({ description, name, type }));
      }
    },
  };
}

/**
 * The elements declare their reactive properties in `static properties`, where the analyzer reads every entry as
 * an attribute, `state: true` ones included. Internal state is a private field: no private field is an attribute.
 */
function noPrivateAttributes() {
  return {
    name: 'dialog-inbox-no-private-attributes',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const d of mod.declarations ?? []) {
          const hidden = new Set((d.members ?? []).filter((m) => m.privacy === 'private').map((m) => m.name));
          if (d.attributes) d.attributes = d.attributes.filter((a) => !hidden.has(a.fieldName));
          for (const m of d.members ?? []) if (hidden.has(m.name)) delete m.attribute;
        }
      }
    },
  };
}

/** Rewrites `path` and `module` strings anywhere in the manifest (modules, exports, references). */
function publishedPaths() {
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = published(value);
      else visit(value);
    }
  };
  return { name: 'dialog-inbox-published-paths', packageLinkPhase: ({ customElementsManifest }) => visit(customElementsManifest) };
}

export default {
  globs: ['components/**/*.ts'],
  // The generated Designsystemet stylesheet is one long string; stories and tests are not in the package.
  exclude: ['components/shared/ds-css.gen.ts', 'components/shared/ds-view.gen.ts', 'components/shared/ds-theme.gen.ts', '**/*.stories.ts', '**/*.test.ts'],
  outdir: 'dist',
  litelement: true,
  // The `customElements` field in package.json is kept by hand; the analyzer must not rewrite the file.
  packagejson: false,
  plugins: [defineElementCalls(), eventsAndDefinitions(), noPrivateAttributes(), publishedPaths()],
};
