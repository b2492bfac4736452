"""The recognizers, one module per field family; each module's `Recognizer` subclasses
register themselves when the package is loaded (`extract.recognizer.ordered`)."""
