/** The GraphQL IDE, bundled with the app: the machines that run this tool are often offline. */
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import "graphiql/graphiql.css";
import { createRoot } from "react-dom/client";

const fetcher = createGraphiQLFetcher({ url: "/graphql" });
const defaultQuery = `# Solidarity Atlas GraphQL API. Try:
query Search {
  search(text: "thessa") { id name type country }
}

query Neighbourhood {
  neighbourhood(id: "thessaloniki", depth: 1) {
    nodes { id name type }
    edges { type source target year evidence { source quote } }
  }
}
`;

createRoot(document.getElementById("graphiql")!).render(<GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} />);
