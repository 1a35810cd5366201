/**
 * What a GraphQL operation may cost before it runs: every field counts 1, and a list field counts
 * its selection once per item it may hold (its limit or first argument, else its type's @limit
 * default). graphql-armor's cost limit adds fields up without multiplying by list sizes, so
 * 15 aliases of relationships nested 7 deep passed it and returned 70 MB; here they cost 100^7.
 * Fragments are costed once each (memoised), so spreading fragments inside fragments cannot make
 * the estimate itself explode.
 */
// graphql's CommonJS entry, the copy @neo4j/graphql and Apollo use: vitest resolves plain "graphql"
// to its ES module build, a second copy whose instanceof checks reject the schema's types.
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql/index.js";
import { UNLIMITED_NODE_LIST, type ListLimit } from "./listLimits.ts";

export interface CostInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  /** Coerced variable values. */
  variables: Record<string, unknown>;
  listLimits: Map<string, ListLimit | undefined>;
  /** Called for each field with its argument values and, for list fields, the node type listed. */
  onField?: (field: GraphQLField<unknown, unknown>, args: Record<string, unknown>, listed: string | undefined) => void;
}

export function getQueryCost(input: CostInput): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of input.document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const fragmentCosts = new Map<string, number>();

  const selectionCost = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType): number => {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? input.schema.getType(selection.typeCondition.name.value) : parent;
        if (type && isCompositeType(type)) cost += selectionCost(selection.selectionSet, type);
      } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        cost += fragmentCost(selection.name.value);
      } else {
        // Introspection (__schema, __type, __typename) is answered from memory.
        if (selection.name.value.startsWith("__") || !("getFields" in parent)) continue;
        const field = parent.getFields()[selection.name.value];
        if (!field) continue;
        const args = getArgumentValues(field, selection, input.variables);
        const named = getNamedType(field.type);
        const listed = listedNodeType(field, named);
        input.onField?.(field, args, listed);
        const children =
          selection.selectionSet && isCompositeType(named) ? selectionCost(selection.selectionSet, named) : 0;
        cost += 1 + children * listSize(args, listed, input.listLimits);
      }
    }
    return cost;
  };

  const fragmentCost = (name: string): number => {
    const known = fragmentCosts.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    const type = fragment && input.schema.getType(fragment.typeCondition.name.value);
    fragmentCosts.set(name, 0); // validation refuses fragment cycles; this only guards the walk
    const cost = fragment && type && isCompositeType(type) ? selectionCost(fragment.selectionSet, type) : 0;
    fragmentCosts.set(name, cost);
    return cost;
  };

  const root = input.schema.getRootType(input.operation.operation);
  return root ? selectionCost(input.operation.selectionSet, root) : 0;
}

/** where: { id: { eq } } (or the deprecated id_EQ); other filters sit beside it with AND. */
function isPinnedById(where: unknown): boolean {
  const filter = where as { id?: { eq?: unknown }; id_EQ?: unknown } | undefined;
  return typeof filter?.id?.eq === "string" || typeof filter?.id_EQ === "string";
}

/** The node type a list or connection field returns (Actor for actors, partnerOfConnection...). */
function listedNodeType(field: GraphQLField<unknown, unknown>, named: GraphQLNamedType): string | undefined {
  if (isListType(getNullableType(field.type))) return named.name;
  // A connection (@neo4j/graphql's edges { node } shape) lists the type of edges.node.
  const edges = isObjectType(named) && named.name.endsWith("Connection") ? named.getFields().edges : undefined;
  const edge = edges && getNamedType(edges.type);
  const node = edge && isObjectType(edge) ? edge.getFields().node : undefined;
  return node && getNamedType(node.type).name;
}

function listSize(
  args: Record<string, unknown>,
  listed: string | undefined,
  listLimits: Map<string, ListLimit | undefined>,
): number {
  if (listed === undefined) return 1;
  // Actor and Source ids are unique (cypher/schema.cypher): a list filtered on one id holds one.
  if (isPinnedById(args.where)) return 1;
  const asked = args.limit ?? args.first;
  const limit = listLimits.get(listed);
  if (typeof asked === "number") return limit ? Math.min(asked, limit.max) : asked;
  if (limit) return limit.default;
  // A list of nodes without @limit is read whole; other lists (a subgraph's nodes, an actor's
  // evidence) are bounded by the Cypher that fills them and hold scalars or leaves.
  return listLimits.has(listed) ? UNLIMITED_NODE_LIST : 1;
}
