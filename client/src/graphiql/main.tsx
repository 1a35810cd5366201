/** The GraphQL IDE, bundled with the app: the machines that run this tool are often offline. */
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import "graphiql/graphiql.css";
import { createRoot } from "react-dom/client";

const fetcher = createGraphiQLFetcher({ url: "/graphql" });
const defaultQuery = `# Solidarity Atlas GraphQL API: press the run button (or Ctrl-Enter).
# Also try: neighbourhood(id: "thessaloniki", depth: 1), shortestPath(from: "bremen", to: "unhcr"),
# actors(where: { type: { eq: "CityNetwork" } }) { name members { name } }
query Search {
  search(text: "thessa") {
    id
    name
    type
    country
  }
}
`;

createRoot(document.getElementById("graphiql")!).render(<GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} />);
