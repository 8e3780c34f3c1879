"""The vocabulary: the concepts (sectors, interests, skills) that tags must name."""
