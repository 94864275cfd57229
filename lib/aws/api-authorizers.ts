import { pageTokens } from "./paginate";
import { regionalCall, runPages, type ScanContext } from "./scan-context";

/**
 * A REST API's authorizers (GetAuthorizers pages): which Lambda or Cognito authorizer, identity source and
 * validation expression can reject a request with 401 before API Gateway writes its execution log.
 */
export function readAuthorizers(ctx: ScanContext, region: string, restApiId: string): void {
  const spec = regionalCall(ctx, region, "apigateway", "GetAuthorizers", { restApiId }, [3, "authorizers", restApiId]);
  void runPages(ctx, spec, pageTokens.apigateway);
}
