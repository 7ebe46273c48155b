// demo data: filled below
