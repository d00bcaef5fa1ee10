// Conformance case 'error-kinesis-key-unencrypted': a stream encryptionKey with UNENCRYPTED
// Ported from aws-cdk: aws-kinesis/test/stream.test.ts, 'encryption key cannot be supplied with UNENCRYPTED as the encryption type'.
'use strict';
const cdk = require('aws-cdk-lib');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
const key = new kms.Key(stack, 'myKey');
new kinesis.Stream(stack, 'MyStream', { encryptionKey: key, encryption: kinesis.StreamEncryption.UNENCRYPTED });
app.synth();
