public enum TermPlotPlaceholder {}
