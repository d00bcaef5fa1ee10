export declare function mult(x: number, y: number): number;
