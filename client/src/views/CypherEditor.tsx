/**
 * CodeMirror 6 with Cypher highlighting (the legacy Cypher mode) and completion of the live
 * schema's labels, relationship types and property keys; Ctrl/Cmd+Enter runs the query.
 */
import { autocompletion, type CompletionContext } from "@codemirror/autocomplete";
import { StreamLanguage } from "@codemirror/language";
import { cypher } from "@codemirror/legacy-modes/mode/cypher";
import { keymap } from "@codemirror/view";
import { basicSetup, EditorView } from "codemirror";
import { useEffect, useRef } from "react";

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

export function CypherEditor({
  value,
  onChange,
  onRun,
  schema,
}: {
  value: string;
  onChange: (value: string) => void;
  onRun: () => void;
  schema: LiveSchema;
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
        EditorView.updateListener.of(
          (update) => update.docChanged && handlers.current.onChange(update.state.doc.toString()),
        ),
        EditorView.contentAttributes.of({ "aria-label": "Cypher query", "data-testid": "cypher-editor" }),
      ],
    });
    view.current = editor;
    return () => editor.destroy();
    // The editor is created once; `value` changes from outside are applied below.
  }, []);

  useEffect(() => {
    const editor = view.current;
    if (editor && editor.state.doc.toString() !== value) {
      editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } });
    }
  }, [value]);

  return <div ref={host} className="cypher-editor" />;
}
