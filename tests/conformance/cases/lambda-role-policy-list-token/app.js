// Conformance case 'lambda-role-policy-list-token': Function.addToRolePolicy with resources that are
// a list token (Fn.split of a parameter, a CommaDelimitedList parameter's valueAsList): statements of
// list tokens and of literal resources do not share the role's default policy: whichever kind came
// second goes to an inline policy "inlinePolicyAddedToExecutionRole-N" (function-base.ts), and under
// @aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy (set on a stack) every statement does
// (aws-lambda/test/function-policy-statement-token-resolution.test.ts). The function's own
// statements (a dead-letter queue's) count as literal ones.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const bucketList = new cdk.CfnParameter(stack, 'BucketList', { type: 'String', default: 'bucket1,bucket2,bucket3' });
const resourceList = new cdk.CfnParameter(stack, 'ResourceList', {
  type: 'CommaDelimitedList',
  default: 'arn:aws:s3:::bucket1/*,arn:aws:s3:::bucket2/*',
});

const newFn = (scope, id, props) => new lambda.Function(scope, id, {
  code: new lambda.InlineCode('test'),
  runtime: lambda.Runtime.PYTHON_3_9,
  handler: 'index.test',
  ...props,
});
const allow = (actions, resources) => new iam.PolicyStatement({ actions, resources });

// list tokens only: all in the default policy
const tokens = newFn(stack, 'Homogeneous');
tokens.addToRolePolicy(allow(['s3:GetObject'], cdk.Fn.split(',', bucketList.valueAsString)));
tokens.addToRolePolicy(allow(['s3:PutObject'], resourceList.valueAsList));
tokens.addToRolePolicy(allow(['s3:DeleteObject'], resourceList.valueAsList));

// literals only
const literals = newFn(stack, 'Literals');
literals.addToRolePolicy(allow(['s3:GetObject'], ['arn:aws:s3:::bucket1/*']));
literals.addToRolePolicy(allow(['s3:ListBucket'], ['arn:aws:s3:::bucket2']));

// a list token first: the literals go to inline policies, later list tokens to the default one
const tokenFirst = newFn(stack, 'TokenFirst');
tokenFirst.addToRolePolicy(allow(['s3:GetObject'], cdk.Fn.split(',', bucketList.valueAsString)));
tokenFirst.addToRolePolicy(allow(['s3:ListBucket'], ['arn:aws:s3:::static-bucket']));
tokenFirst.addToRolePolicy(allow(['s3:GetBucketLocation'], ['arn:aws:s3:::static-bucket', 'arn:aws:s3:::other']));
tokenFirst.addToRolePolicy(allow(['s3:PutObject'], cdk.Fn.split(';', `a;${cdk.Aws.REGION}`)));

// a literal first (the function's own dead-letter queue statement): list tokens go inline
const literalFirst = newFn(stack, 'LiteralFirst', { deadLetterQueueEnabled: true });
literalFirst.addToRolePolicy(allow(['s3:GetObject'], cdk.Fn.split(',', bucketList.valueAsString)));
literalFirst.addToRolePolicy(allow(['s3:PutObject'], resourceList.valueAsList));
literalFirst.addToRolePolicy(allow(['s3:ListBucket'], ['arn:aws:s3:::static-bucket']));
literalFirst.role.addToPrincipalPolicy(allow(['s3:DeleteObject'], cdk.Fn.split(',', 'arn:aws:s3:::x,arn:aws:s3:::y')));

// the same list token twice in one statement is one list token
const twice = newFn(stack, 'Twice');
twice.addToRolePolicy(allow(['s3:GetObject'], [...resourceList.valueAsList, ...resourceList.valueAsList]));
twice.addToRolePolicy(allow(['s3:ListBucket'], ['arn:aws:s3:::static-bucket']));

// the feature flag: every statement in an inline policy of its own
const flagStack = new cdk.Stack(app, 'FlagStack');
flagStack.node.setContext('@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy', true);
const flagParam = new cdk.CfnParameter(flagStack, 'BucketList', { type: 'String', default: 'bucket1,bucket2,bucket3' });
const flagged = newFn(flagStack, 'MyLambda');
flagged.addToRolePolicy(allow(['s3:ListBucket'], ['arn:aws:s3:::static-bucket']));
flagged.addToRolePolicy(allow(['s3:GetObject'], cdk.Fn.split(',', flagParam.valueAsString)));

const offStack = new cdk.Stack(app, 'FlagOffStack');
offStack.node.setContext('@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy', false);
const offParam = new cdk.CfnParameter(offStack, 'BucketList', { type: 'String', default: 'bucket1,bucket2,bucket3' });
const off = newFn(offStack, 'MyLambda');
off.addToRolePolicy(allow(['s3:ListBucket'], ['arn:aws:s3:::static-bucket']));
off.addToRolePolicy(allow(['s3:GetObject'], cdk.Fn.split(',', offParam.valueAsString)));
app.synth();
