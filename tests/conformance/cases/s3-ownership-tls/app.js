// Conformance case 's3-ownership-tls': s3.Bucket objectOwnership (each ObjectOwnership: the
// OwnershipControls rule), kept by a bucket that receives server access logs (the LogDeliveryWrite
// ACL without @aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy), and enforceSSL with
// minimumTLSVersion (the bucket policy's NumericLessThan s3:TlsVersion statement after the
// SecureTransport one).
// Upstream: aws-s3/test/bucket.test.ts 'bucket with objectOwnership set to BUCKET_OWNER_ENFORCED',
// '... BUCKET_OWNER_PREFERRED', '... OBJECT_WRITER', 'enforceSsl and minimumTLSVersion can be used
// together'.
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new s3.Bucket(stack, 'Enforced', { objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED });
const preferred = new s3.Bucket(stack, 'Preferred', { objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED });
new s3.Bucket(stack, 'Writer', { objectOwnership: s3.ObjectOwnership.OBJECT_WRITER });
new s3.Bucket(stack, 'Source', { serverAccessLogsBucket: preferred, serverAccessLogsPrefix: 'logs/' });
new s3.Bucket(stack, 'Tls', { enforceSSL: true, minimumTLSVersion: 1.2 });
new s3.Bucket(stack, 'SslOnly', { enforceSSL: true });
app.synth();
