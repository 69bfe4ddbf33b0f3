//! Internally tagged enums (`{"op": "add_stakeholder", …}`) read without serde's buffer.
//!
//! serde reads an internally tagged enum whole into a buffer of its own before it looks at
//! the tag, then reads the variant again from that buffer, so every type inside is compiled a
//! second time for the buffer. In the browser that was ~22 KB (brotli) of the main WASM module
//! a tablet loads before its list: the live feed's messages and the edits are such enums, and
//! the roles adjacently tagged ones (read flat here: [`RoleAndGroup`]).
//!
//! [`tag_first!`] declares one with serde's own `Serialize` (which writes the tag first) and a
//! `Deserialize` that reads the first key: when it is the tag, the rest of the object is read
//! straight into the variant, the way serde reads an externally tagged enum. Objects whose tag
//! comes later (a hand-edited file, another client) are read whole and then the variant on the
//! server; the browser reads only what serde wrote, and refuses them with a clear error.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{
    self, Deserialize, DeserializeSeed, Deserializer, EnumAccess, IgnoredAny, MapAccess,
    VariantAccess, Visitor,
};

/// Declares an internally tagged enum (`tag = "…", rename_all = "…";` before it) whose
/// `Deserialize` is [`read`]. The enum derives `Serialize` itself; the macro adds serde's tag.
macro_rules! tag_first {
    (
        tag = $tag:literal, rename_all = $rename:literal;
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $(
                $(#[$vmeta:meta])*
                $variant:ident $({
                    $( $(#[$fmeta:meta])* $field:ident : $fty:ty ),* $(,)?
                })?
            ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[serde(tag = $tag, rename_all = $rename)]
        $vis enum $name {
            $( $(#[$vmeta])* $variant $({ $( $(#[$fmeta])* $field : $fty ),* })? ),*
        }

        const _: () = {
            /// The same variants, externally tagged: what serde reads by name, unbuffered.
            #[derive(serde::Deserialize)]
            #[serde(rename_all = $rename)]
            enum ByName {
                $( $(#[$vmeta])* $variant $({ $( $(#[$fmeta])* $field : $fty ),* })? ),*
            }

            impl From<ByName> for $name {
                fn from(read: ByName) -> Self {
                    match read {
                        $( ByName::$variant $({ $($field),* })? =>
                            $name::$variant $({ $($field),* })? ),*
                    }
                }
            }

            impl<'de> serde::Deserialize<'de> for $name {
                fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                    $crate::tag_first::read::<D, ByName>(d, $tag).map(Self::from)
                }
            }
        };
    };
}
pub(crate) use tag_first;

/// An adjacently tagged enum's object (`{"role": "group", "group": "…"}`, the content under
/// `group` when the variant has one) read flat, in any order: serde's own reading of such an
/// enum brings its buffer along for objects whose content comes before the tag.
#[derive(serde::Deserialize)]
pub struct RoleAndGroup<N, G> {
    pub role: N,
    #[serde(default = "Option::default")]
    pub group: Option<G>,
}

impl<N, G> RoleAndGroup<N, G> {
    /// The group a variant with one needs.
    pub fn group<E: de::Error>(self) -> Result<G, E> {
        self.group.ok_or_else(|| E::missing_field("group"))
    }
}

/// Reads an object whose key `tag` names the variant of `T`, an externally tagged enum.
pub fn read<'de, D, T>(deserializer: D, tag: &'static str) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    deserializer.deserialize_map(TagFirst {
        tag,
        read: PhantomData,
    })
}

struct TagFirst<T> {
    tag: &'static str,
    read: PhantomData<T>,
}

impl<'de, T: Deserialize<'de>> Visitor<'de> for TagFirst<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "an object with \"{}\"", self.tag)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        match map.next_key_seed(FirstKey(self.tag))? {
            None => Err(de::Error::missing_field(self.tag)),
            Some(None) => T::deserialize(Rest { variant: None, map }),
            Some(Some(first)) => tag_later(self.tag, first, map),
        }
    }
}

/// The tag came after `first`: read the object whole, then the variant.
#[cfg(not(feature = "hydrate"))]
fn tag_later<'de, A, T>(tag: &'static str, first: String, mut map: A) -> Result<T, A::Error>
where
    A: MapAccess<'de>,
    T: Deserialize<'de>,
{
    use serde_json::Value;
    let mut object = serde_json::Map::new();
    object.insert(first, map.next_value()?);
    while let Some((key, value)) = map.next_entry::<String, Value>()? {
        object.insert(key, value);
    }
    let variant = match object.remove(tag) {
        Some(Value::String(variant)) => variant,
        Some(other) => {
            return Err(de::Error::invalid_type(
                de::Unexpected::Other(&other.to_string()),
                &"a variant's name",
            ));
        }
        None => return Err(de::Error::missing_field(tag)),
    };
    T::deserialize(Rest {
        variant: Some(variant),
        map: de::value::MapDeserializer::<_, serde_json::Error>::new(object.into_iter()),
    })
    .map_err(de::Error::custom)
}

/// The browser reads only what serde wrote, tag first (see the module's header).
#[cfg(feature = "hydrate")]
fn tag_later<'de, A, T>(tag: &'static str, _first: String, _map: A) -> Result<T, A::Error>
where
    A: MapAccess<'de>,
{
    Err(de::Error::custom(format_args!("\"{tag}\" must come first")))
}

/// Reads a key: `None` when it is the tag, or the key otherwise.
struct FirstKey(&'static str);

impl<'de> DeserializeSeed<'de> for FirstKey {
    type Value = Option<String>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for FirstKey {
    type Value = Option<String>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a key")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Self::Value, E> {
        Ok((key != self.0).then(|| key.to_owned()))
    }
}

/// The rest of the object after its tag, as an externally tagged enum: the tag's value (or
/// `variant`, when it was read already) names the variant, the other keys are its fields.
struct Rest<A> {
    variant: Option<String>,
    map: A,
}

impl<'de, A: MapAccess<'de>> Deserializer<'de> for Rest<A> {
    type Error = A::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, A::Error> {
        visitor.visit_enum(self)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map struct enum
        identifier ignored_any
    }
}

impl<'de, A: MapAccess<'de>> EnumAccess<'de> for Rest<A> {
    type Error = A::Error;
    type Variant = Self;

    fn variant_seed<V: DeserializeSeed<'de>>(
        mut self,
        seed: V,
    ) -> Result<(V::Value, Self), A::Error> {
        let variant = match self.variant.take() {
            Some(name) => seed.deserialize(de::value::StringDeserializer::new(name))?,
            None => self.map.next_value_seed(seed)?,
        };
        Ok((variant, self))
    }
}

impl<'de, A: MapAccess<'de>> VariantAccess<'de> for Rest<A> {
    type Error = A::Error;

    fn unit_variant(mut self) -> Result<(), A::Error> {
        // As serde's own reading: a variant without fields ignores any others.
        while self.map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(())
    }

    fn newtype_variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<S::Value, A::Error> {
        seed.deserialize(de::value::MapAccessDeserializer::new(self.map))
    }

    fn tuple_variant<V: Visitor<'de>>(
        self,
        _len: usize,
        _visitor: V,
    ) -> Result<V::Value, A::Error> {
        Err(de::Error::custom("a tagged variant has named fields"))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        visitor.visit_map(self.map)
    }
}

#[cfg(test)]
mod tests;
