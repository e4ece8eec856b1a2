/// Linear-algebra benchmarks (eigenvalues and friends); filled in with that module.
func linearAlgebraCases() throws -> [BenchCase] { [] }
