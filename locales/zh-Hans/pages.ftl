# zh-Hans words for readers of the board (Project Fluent syntax: https://projectfluent.org/).

catalog-language = 简体中文
