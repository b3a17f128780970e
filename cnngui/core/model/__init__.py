"""What a network is: the spec format, the layer types, shape and parameter
arithmetic, presets, the evented editor, the Keras build and the Keras-file importer.
The lowest layer of core: it imports nothing from training, inference or project.
"""
