// The terminal-text rules (visibleWidth, stripEscapes) and the live-view types live
// in LiveView; whoever imports Lessons sees them as before they moved there.
@_exported import LiveView
