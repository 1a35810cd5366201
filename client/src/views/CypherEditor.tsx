/**
 * CodeMirror 6 with Cypher highlighting (the legacy Cypher mode) and completion of the live
 * schema's labels, relationship types and property keys; Ctrl/Cmd+Enter runs the query. The
 * editor grows with the query, and an error's line and column are marked in it.
 */
import { autocompletion, type CompletionContext } from "@codemirror/autocomplete";
import { StreamLanguage } from "@codemirror/language";
import { cypher } from "@codemirror/legacy-modes/mode/cypher";
import { StateEffect, StateField } from "@codemirror/state";
import { Decoration, keymap, type DecorationSet } from "@codemirror/view";
import { basicSetup, EditorView } from "codemirror";
import { useEffect, useRef } from "react";
import { toOffset, type ErrorPosition } from "../core/errorPosition.ts";

export interface LiveSchema {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
}

function completeFromSchema(schema: { readonly current: LiveSchema }) {
  return (context: CompletionContext) => {
    const label = context.matchBefore(/:[`\w]*/);
    if (label) {
      const options = [
        ...schema.current.labels.map((l) => ({ label: `:${l}`, type: "class", detail: "label" })),
        ...schema.current.relationshipTypes.map((t) => ({ label: `:${t}`, type: "type", detail: "relationship" })),
      ];
      return { from: label.from, options };
    }
    const property = context.matchBefore(/\.\w*/);
    if (property) {
      return {
        from: property.from + 1,
        options: schema.current.propertyKeys.map((p) => ({ label: p, type: "property" })),
      };
    }
    const word = context.matchBefore(/\w+/);
    if (!word || (word.from === word.to && !context.explicit)) return null;
    const keywords = [
      "MATCH",
      "OPTIONAL MATCH",
      "WHERE",
      "RETURN",
      "WITH",
      "ORDER BY",
      "LIMIT",
      "UNWIND",
      "CALL",
      "COLLECT",
      "count",
      "DISTINCT",
    ];
    return { from: word.from, options: keywords.map((k) => ({ label: k, type: "keyword" })) };
  };
}

const setErrorMark = StateEffect.define<ErrorPosition | null>();
const errorLine = Decoration.line({ class: "cm-error-line" });
const errorChar = Decoration.mark({ class: "cm-error-mark", attributes: { "data-testid": "cypher-error-mark" } });

/** The error's line, and the character it points at; any edit clears it (the position is stale). */
const errorMark = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, tr) {
    let next = tr.docChanged ? Decoration.none : marks;
    for (const effect of tr.effects) {
      if (!effect.is(setErrorMark)) continue;
      next = Decoration.none;
      if (!effect.value) continue;
      const text = tr.state.doc.toString();
      const at = toOffset(text, effect.value);
      const line = tr.state.doc.lineAt(at);
      const ranges = [errorLine.range(line.from)];
      if (at < line.to) ranges.push(errorChar.range(at, at + 1));
      next = Decoration.set(ranges);
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

export function CypherEditor({
  value,
  onChange,
  onRun,
  schema,
  errorAt = null,
}: {
  value: string;
  onChange: (value: string) => void;
  onRun: () => void;
  schema: LiveSchema;
  errorAt?: ErrorPosition | null;
}) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const schemaRef = useRef(schema);
  schemaRef.current = schema;
  const handlers = useRef({ onChange, onRun });
  handlers.current = { onChange, onRun };

  useEffect(() => {
    const editor = new EditorView({
      parent: host.current!,
      doc: value,
      extensions: [
        keymap.of([{ key: "Mod-Enter", run: () => (handlers.current.onRun(), true) }]),
        basicSetup,
        StreamLanguage.define(cypher),
        autocompletion({ override: [completeFromSchema(schemaRef)] }),
        errorMark,
        EditorView.updateListener.of(
          (update) => update.docChanged && handlers.current.onChange(update.state.doc.toString()),
        ),
        EditorView.contentAttributes.of({ "aria-label": "Cypher query", "data-testid": "cypher-editor" }),
      ],
    });
    view.current = editor;
    return () => editor.destroy();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the editor is created once; `value` changes from outside are applied below.
  }, []);

  useEffect(() => {
    const editor = view.current;
    if (editor && editor.state.doc.toString() !== value) {
      editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } });
    }
  }, [value]);

  useEffect(() => {
    view.current?.dispatch({ effects: setErrorMark.of(errorAt) });
  }, [errorAt]);

  return <div ref={host} className="cypher-editor" />;
}
