@_exported import TimelineModel
