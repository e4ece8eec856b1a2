/// Which matrix kernels the engine runs with, for the results (filled in when the
/// engine exposes its kernel choice).
func kernelFields() -> [String: JSONValue] { [:] }
