// Conformance case 'unit-dynamodb-import-source'
// Upstream: aws-dynamodb/test/dynamodb.test.ts, 'import source': 'by default ImportSource property is
// not set', 'import DynamoDBJson format', 'import Amazon ION format', 'import CSV format' (a stack
// per test); then a CSV without options, every valid delimiter but the comma, an empty delimiter
// (not checked), no compression type, owner or prefix, and an imported bucket.
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const partitionKey = { name: 'id', type: dynamodb.AttributeType.STRING };
const S = (id) => {
  const stack = new cdk.Stack(app, id);
  return [stack, new s3.Bucket(stack, 'Bucket')];
};

{
  const [stack] = S('Default');
  new dynamodb.Table(stack, 'Table', { partitionKey });
}
{
  const [stack, bucket] = S('DynamoDBJson');
  new dynamodb.Table(stack, 'Table', {
    partitionKey,
    importSource: {
      compressionType: dynamodb.InputCompressionType.GZIP, inputFormat: dynamodb.InputFormat.dynamoDBJson(),
      bucket, bucketOwner: '111111111111', keyPrefix: 'prefix',
    },
  });
}
{
  const [stack, bucket] = S('Ion');
  new dynamodb.Table(stack, 'Table', {
    partitionKey,
    importSource: {
      compressionType: dynamodb.InputCompressionType.ZSTD, inputFormat: dynamodb.InputFormat.ion(),
      bucket, bucketOwner: '111111111111', keyPrefix: 'prefix',
    },
  });
}
{
  const [stack, bucket] = S('Csv');
  new dynamodb.Table(stack, 'Table', {
    partitionKey,
    importSource: {
      compressionType: dynamodb.InputCompressionType.NONE,
      inputFormat: dynamodb.InputFormat.csv({ delimiter: ',', headerList: ['id', 'name'] }),
      bucket, bucketOwner: '111111111111', keyPrefix: 'prefix',
    },
  });
}
{
  const [stack, bucket] = S('CsvVariants');
  new dynamodb.Table(stack, 'NoOptions', { partitionKey, importSource: { inputFormat: dynamodb.InputFormat.csv(), bucket } });
  ['\t', ':', ';', '|', ' ', ''].forEach((delimiter, i) => {
    new dynamodb.Table(stack, `Delimiter${i}`, {
      partitionKey,
      importSource: { compressionType: dynamodb.InputCompressionType.GZIP, inputFormat: dynamodb.InputFormat.csv({ delimiter }), bucket },
    });
  });
  new dynamodb.Table(stack, 'HeadersOnly', {
    partitionKey,
    importSource: { inputFormat: dynamodb.InputFormat.csv({ headerList: ['a'] }), bucket: s3.Bucket.fromBucketName(stack, 'Imported', 'my-bucket'), keyPrefix: 'data/' },
  });
}
app.synth();
