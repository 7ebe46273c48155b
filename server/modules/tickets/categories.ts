/** The old path of categories.service.ts, kept so code written against it still builds; import the service. */
export * from './categories.service';
