export const handler = async (event: { name: string ) => {
  return event.name;
};
