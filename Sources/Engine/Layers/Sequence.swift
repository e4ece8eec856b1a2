/// Runs a cell over a sequence and keeps every hidden state, for losses over all
/// steps and for plots of the state over time.
///
/// `step(x_t, state)` returns the next state; `readout` picks the hidden vector out of
/// a state (the state is `h` for RNN and GRU cells and `(h, c)` for an LSTM).
public func unroll<State>(
    _ inputs: [Var], from initial: State, step: (Var, State) throws -> State
) throws -> [State] {
    var states: [State] = []
    states.reserveCapacity(inputs.count)
    var state = initial
    for x in inputs {
        state = try step(x, state)
        states.append(state)
    }
    return states
}

/// Hidden states of a batch-1 run stacked as a hidden × time matrix (one column per
/// step), the layout the heat maps draw.
public func hiddenStateMatrix(_ states: [Tensor]) throws -> Tensor {
    try Tensor.hcat(states.map { $0.vectorized() })
}
