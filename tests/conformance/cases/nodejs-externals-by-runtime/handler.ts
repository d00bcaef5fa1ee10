import * as s3 from '@aws-sdk/client-s3';
import * as smithy from '@smithy/util';
import * as v2 from 'aws-sdk';
import * as dep from 'my-external-dep';

export const handler = async (): Promise<string[]> => [s3.name, smithy.name, v2.name, dep.name];
