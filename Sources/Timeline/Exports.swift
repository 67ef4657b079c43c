// `import Timeline` is all a library user writes: the façade re-exports the stages' public API
// (the model, `CorpusReader` and its options, `DateResolver`, `EventExtractor`, `EventMerger`,
// the renderers).
@_exported import TimelineModel
@_exported import Ingestion
@_exported import TemporalResolution
@_exported import EventExtraction
@_exported import TimelineMerging
@_exported import TimelineRendering
