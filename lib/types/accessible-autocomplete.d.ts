// accessible-autocomplete ships no types; this is the part of its options we use.
declare module 'accessible-autocomplete' {
  interface Options<T> {
    element: HTMLElement;
    id: string;
    name?: string;
    defaultValue?: string;
    minLength?: number;
    showNoOptionsFound?: boolean;
    tNoResults?: () => string;
    displayMenu?: 'inline' | 'overlay';
    confirmOnBlur?: boolean;
    source: (query: string, populate: (results: T[]) => void) => void;
    templates?: { inputValue?: (value?: T | string) => string; suggestion?: (value?: T | string) => string };
  }
  export default function accessibleAutocomplete<T>(options: Options<T>): void;
}
