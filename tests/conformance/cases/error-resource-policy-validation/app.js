// Conformance case 'error-resource-policy-validation': statements a resource policy refuses, added
// with addToResourcePolicy: a Bucket's without a principal, a Queue's without a resource, a Key's
// without an action, a Secret's without a principal or a resource, a Repository's without a principal
// (an ECR policy needs no resource: Repo2 is valid). aws-cdk-lib's validateForResourcePolicy errors,
// each with its construct's path.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const s3 = require('aws-cdk-lib/aws-s3');
const sqs = require('aws-cdk-lib/aws-sqs');
const kms = require('aws-cdk-lib/aws-kms');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');
const ecr = require('aws-cdk-lib/aws-ecr');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const bucket = new s3.Bucket(stack, 'Bucket');
bucket.addToResourcePolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [bucket.arnForObjects('*')] }));
const queue = new sqs.Queue(stack, 'Queue');
queue.addToResourcePolicy(new iam.PolicyStatement({ actions: ['sqs:SendMessage'], principals: [new iam.AnyPrincipal()] }));
const key = new kms.Key(stack, 'Key');
key.addToResourcePolicy(new iam.PolicyStatement({ principals: [new iam.AccountRootPrincipal()], resources: ['*'] }));
const secret = new secretsmanager.Secret(stack, 'Secret');
secret.addToResourcePolicy(new iam.PolicyStatement({ actions: ['secretsmanager:GetSecretValue'] }));
new ecr.Repository(stack, 'Repo').addToResourcePolicy(new iam.PolicyStatement({ actions: ['ecr:BatchGetImage'] }));
new ecr.Repository(stack, 'Repo2').addToResourcePolicy(new iam.PolicyStatement({
  actions: ['ecr:BatchGetImage'],
  principals: [new iam.AnyPrincipal()],
}));
app.synth();
