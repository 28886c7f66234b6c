import NewsModel
@testable import Storage

// Shared by the query handler suites (search/article, corpus queries, events).

/// The error a request is answered with, or nil when it is answered.
func error(_ handler: QueryHandler, _ request: QueryRequest) -> ErrorReply? {
    if case .failure(let error) = handler.handle(request) { return error }
    return nil
}

/// A request of one kind with the fields a test sets.
func request(_ name: QueryName, _ change: (inout QueryRequest) -> Void) -> QueryRequest {
    var request = QueryRequest(query: name, requestID: "c1")
    change(&request)
    return request
}
