//! The pictures the server draws as files (`GET …/{grid,graph,contested}.{svg,png}`): their
//! names in the URL, their content types, and the name a browser saves one under.

/// Which picture.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Picture {
    /// The influence/interest grid.
    Grid,
    /// The relationship graph.
    Graph,
    /// Where the groups disagree, as dumbbells.
    Contested,
}

impl Picture {
    pub const ALL: [Picture; 3] = [Picture::Grid, Picture::Graph, Picture::Contested];

    /// Its name in addresses (`view=`, `/grid.png`), file names and test ids.
    pub fn as_str(self) -> &'static str {
        match self {
            Picture::Grid => "grid",
            Picture::Graph => "graph",
            Picture::Contested => "contested",
        }
    }
}

/// A picture's file format.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ImageFormat {
    Svg,
    Png,
}

impl ImageFormat {
    pub const ALL: [ImageFormat; 2] = [ImageFormat::Svg, ImageFormat::Png];

    pub fn extension(self) -> &'static str {
        match self {
            ImageFormat::Svg => "svg",
            ImageFormat::Png => "png",
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            ImageFormat::Svg => "image/svg+xml; charset=utf-8",
            ImageFormat::Png => "image/png",
        }
    }
}

/// One picture in one format: a file the server hands out.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct PictureFile {
    pub picture: Picture,
    pub format: ImageFormat,
}

impl PictureFile {
    pub fn new(picture: Picture, format: ImageFormat) -> Self {
        Self { picture, format }
    }

    /// Every picture in every format, as the server's routes serve them.
    pub fn all() -> impl Iterator<Item = PictureFile> {
        Picture::ALL
            .into_iter()
            .flat_map(|p| ImageFormat::ALL.map(|f| PictureFile::new(p, f)))
    }

    /// Its name in the URL: `grid.svg`.
    pub fn name(self) -> String {
        format!("{}.{}", self.picture.as_str(), self.format.extension())
    }

    /// The name a browser saves it under: `stakemap-grid.svg`, or with the page's number
    /// (`stakemap-grid-2.svg`) when the picture is one of several pages.
    pub fn download_name(self, page: Option<usize>) -> String {
        let (picture, extension) = (self.picture.as_str(), self.format.extension());
        match page {
            Some(page) => format!("stakemap-{picture}-{page}.{extension}"),
            None => format!("stakemap-{picture}.{extension}"),
        }
    }
}
