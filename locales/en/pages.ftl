# en words for readers of the board (Project Fluent syntax: https://projectfluent.org/).

catalog-language = English
