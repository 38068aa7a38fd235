# zh-Hans words for clerks reading a diagnostic (Project Fluent syntax: https://projectfluent.org/).
