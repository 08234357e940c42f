// opencc-js types its converters but not the dictionaries it exports one by one
// (`opencc-js/dict/<name>`): each module's default export is the serialised dictionary,
// "from to|from to|…".
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
