// Evaluation against hand-annotated gold files
